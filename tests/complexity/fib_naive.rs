// Two calls on n - 1 and n - 2 without memo: exponential.
// expect fib: time O(2^n), space O(n)
pub fn fib(n: u32) -> u64 {
    if n < 2 {
        return n as u64;
    }
    fib(n - 1) + fib(n - 2)
}
