/**
 * The part of autocannon's API the benchmark uses. autocannon ships no types and
 * @types/autocannon describes an older major version, so the few shapes used are declared here.
 */
declare module 'autocannon' {
  type Histogram = { average: number; p50: number; p99: number; total: number };
  type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
  namespace autocannon {
    type Result = {
      requests: Histogram;
      latency: Histogram;
      errors: number;
      timeouts: number;
      non2xx: number;
    };
    type Options = {
      url: string;
      connections?: number;
      duration?: number;
      amount?: number;
      timeout?: number;
      headers?: Record<string, string>;
      requests?: (Request & {
        setupRequest?: (request: Request) => Request;
        onResponse?: (status: number, body: string) => void;
      })[];
    };
  }
  function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
  export default autocannon;
}
