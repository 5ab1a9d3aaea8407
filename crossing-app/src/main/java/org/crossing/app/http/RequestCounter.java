package org.crossing.app.http;

import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Counts every request the node receives, for /metrics: one uncontended add per request. */
public final class RequestCounter extends Handler.Wrapper {

    private final LongAdder requests = new LongAdder();

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        requests.increment();
        return super.handle(request, response, callback);
    }

    public long requests() {
        return requests.sum();
    }
}
