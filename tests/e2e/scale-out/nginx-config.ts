// The load balancer of README.md's "Several instances", with the test's
// ports and paths: the same directives, so the test checks the README's
// configuration.

export function nginxConfig({ listenPort, upstreams, prefix }: { listenPort: number; upstreams: number[]; prefix: string }): string {
  return `
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;

  upstream trang {
${upstreams.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`).join("\n")}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${listenPort};
    # Uploads (images, Word files, PDFs) up to the app's own limits.
    client_max_body_size 60m;
    location / {
      proxy_pass http://trang;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      # The app appends the TCP peer (this nginx) itself and believes this
      # header only from TRUSTED_PROXIES.
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-Host $host;
      # A request an instance could not answer (down, restarting) goes to the next one.
      proxy_next_upstream error timeout http_502 http_503;
      proxy_buffering on;
    }
  }
}
`;
}
