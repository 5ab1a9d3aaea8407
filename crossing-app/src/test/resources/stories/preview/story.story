title: Not Yet
language: en
start: door
launch: 2099-01-01T00:00:00Z

== door ==
A closed door.
* Knock -> inside

== inside ==
The door opens.
ending safe: Went inside
