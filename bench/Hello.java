// The baseline for bench/run: a bare Javalin hello-world endpoint with the server settings
// Crossing uses (Javalin 7 on Jetty 12, virtual threads, no banner). Run with the app's jars:
//   java -cp 'crossing-app/target/lib/*' bench/Hello.java 8081
import io.javalin.Javalin;

public class Hello {
    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8081;
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.concurrency.useVirtualThreads = true;
            config.jetty.port = port;
            config.routes.get("/hello", ctx -> ctx.result("Hello World"));
        }).start();
    }
}
