// Bottom-up Fibonacci: one loop, two variables.
// expect fib: time O(n), space O(1)
pub fn fib(n: u32) -> u64 {
    let (mut a, mut b) = (0u64, 1u64);
    for _ in 0..n {
        let t = a + b;
        a = b;
        b = t;
    }
    a
}
