// Memoised recursion with a Vec table: each value computed once.
// expect ways: time O(n), space O(n)
pub fn ways(n: usize, memo: &mut Vec<Option<u64>>) -> u64 {
    if n < 2 {
        return 1;
    }
    if let Some(v) = memo[n] {
        return v;
    }
    let v = ways(n - 1, memo) + ways(n - 2, memo);
    memo[n] = Some(v);
    v
}
