// A one-dimensional DP table of size n: linear time and space.
// expect climb: time O(n), space O(n)
pub fn climb(n: usize) -> u64 {
    let mut ways = vec![0u64; n + 1];
    ways[0] = 1;
    for i in 1..=n {
        ways[i] = ways[i - 1] + if i >= 2 { ways[i - 2] } else { 0 };
    }
    ways[n]
}
