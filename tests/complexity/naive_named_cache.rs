// Two calls on n − 1 and n − 2 with no table, although a counter is called
// `cache_hits`: the name does not memoise anything.
// expect fib_count: time O(2^n), space O(n)
// target fib_count: time O(n), space O(n)
pub fn fib_count(n: u64, cache_hits: &mut u64) -> u64 {
    *cache_hits += 1;
    if n < 2 {
        return n;
    }
    fib_count(n - 1, cache_hits) + fib_count(n - 2, cache_hits)
}
