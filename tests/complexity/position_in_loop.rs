// `iter().position` inside a loop.
// expect ranks: time O(n^2), space O(n)
// target ranks: time O(n log n), space O(n)
pub fn ranks(values: &[u32], sorted: &[u32]) -> Vec<usize> {
    let mut out = Vec::with_capacity(values.len());
    for v in values {
        let r = sorted.iter().position(|s| s == v).unwrap_or(0);
        out.push(r);
    }
    out
}
