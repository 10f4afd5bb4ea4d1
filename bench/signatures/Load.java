import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small HTTP/1.1 load client for the signatures benchmark: many clients, each on its own keep-alive
 * connection to a loopback server, each sending one request after another. Run with {@code java Load.java}.
 *
 * <pre>
 *   java Load.java get  http://127.0.0.1:18080/healthz                [options]
 *   java Load.java sign http://127.0.0.1:18080/ws/petitions/slug SEEN [options]
 * options: --clients N --requests N --seconds S --prefix P --acked FILE
 * </pre>
 *
 * A signature counts as acknowledged when the server answers 2xx or 3xx (the form answers a redirect to the
 * thank-you page once the signature is committed). With {@code --acked}, the email of every acknowledged
 * signature is written to FILE, for the crash test to look for after a restart.
 */
public class Load {

    record Result(int status, long nanos, String email) {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        URI uri = URI.create(args[1]);
        String seen = mode.equals("sign") ? args[2] : "";
        Map<String, String> o = options(Arrays.copyOfRange(args, mode.equals("sign") ? 3 : 2, args.length));
        int clients = Integer.parseInt(o.getOrDefault("clients", "64"));
        long requests = Long.parseLong(o.getOrDefault("requests", "20000"));
        long deadline = System.nanoTime() + (long) (Double.parseDouble(o.getOrDefault("seconds", "60")) * 1e9);
        String prefix = o.getOrDefault("prefix", "run");
        AtomicLong issued = new AtomicLong();
        ConcurrentLinkedQueue<List<Result>> all = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread t = Thread.ofPlatform().start(() -> {
                List<Result> mine = new ArrayList<>();
                Connection conn = new Connection(uri);
                long n;
                while ((n = issued.getAndIncrement()) < requests && System.nanoTime() < deadline) {
                    String email = prefix + "-" + n + "@bench.example.org";
                    byte[] request = mode.equals("sign") ? signRequest(uri, seen, n, email) : getRequest(uri);
                    long t0 = System.nanoTime();
                    int status = conn.exchange(request);
                    mine.add(new Result(status, System.nanoTime() - t0, email));
                    if (status < 0) {
                        sleep(50);
                    }
                }
                conn.close();
                all.add(mine);
            });
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report(mode, all, seconds, o.get("acked"));
    }

    static void report(String mode, ConcurrentLinkedQueue<List<Result>> all, double seconds, String ackedFile)
            throws IOException {
        List<Long> okNanos = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> acked = new ArrayList<>();
        for (List<Result> list : all) {
            for (Result r : list) {
                statuses.merge(r.status(), 1, Integer::sum);
                if (r.status() >= 200 && r.status() < 400) {
                    okNanos.add(r.nanos());
                    acked.add(r.email());
                }
            }
        }
        long[] sorted = okNanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%s: %d acknowledged in %.2f s = %.0f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms; "
                        + "statuses %s%n", mode, sorted.length, seconds, sorted.length / seconds,
                pct(sorted, 0.50), pct(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                statuses);
        if (ackedFile != null) {
            Files.write(Path.of(ackedFile), acked);
        }
    }

    static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    static byte[] getRequest(URI uri) {
        return ("GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nAccept: */*\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] signRequest(URI uri, String seen, long n, String email) {
        String body = "seen=" + enc(seen) + "&given_name=" + enc("Bench" + n) + "&family_name=" + enc("Núñez")
                + "&email=" + enc(email) + "&postal_code=78701";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return ("POST " + uri.getRawPath() + "?lang=en HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + bytes.length
                + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return o;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One keep-alive connection; reconnects after the server closes it. Status -1 means no answer. */
    static final class Connection {
        private final URI uri;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Connection(URI uri) {
            this.uri = uri;
        }

        int exchange(byte[] request) {
            try {
                if (socket == null) {
                    socket = new Socket();
                    socket.setTcpNoDelay(true);
                    socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 2000);
                    socket.setSoTimeout(30_000);
                    in = new BufferedInputStream(socket.getInputStream(), 16384);
                    out = socket.getOutputStream();
                }
                out.write(request);
                out.flush();
                return readResponse();
            } catch (IOException e) {
                close();
                return -1;
            }
        }

        private int readResponse() throws IOException {
            String statusLine = line();
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            long length = -1;
            boolean chunked = false;
            boolean closeAfter = false;
            for (String h = line(); !h.isEmpty(); h = line()) {
                String lower = h.toLowerCase();
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(h.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closeAfter = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].strip(), 16); size > 0;
                        size = Long.parseLong(line().split(";")[0].strip(), 16)) {
                    skip(size);
                    line();
                }
                line();
            } else if (length > 0) {
                skip(length);
            }
            if (closeAfter) {
                close();
            }
            return status;
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                long skipped = in.skip(n);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("closed");
                    }
                    skipped = 1;
                }
                n -= skipped;
            }
        }

        private String line() throws IOException {
            StringBuilder b = new StringBuilder();
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    throw new IOException("closed");
                }
                if (c != '\r') {
                    b.append((char) c);
                }
            }
            return b.toString();
        }

        void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // already gone
            }
            socket = null;
        }
    }
}
