// The slow counterpart: the width goes down by one each pass, not by half,
// so the passes add up to n²/4.
// expect build: time O(n^2), space O(n^2)
// unsure: the width is a local count, which the walk does not tie to the input
// target build: time O(n), space O(n)
pub fn build(leaves: &[u64]) -> Vec<u64> {
    let mut all: Vec<u64> = leaves.to_vec();
    let mut width = leaves.len();
    while width > 1 {
        let mut i = 0;
        while i + 1 < width {
            all.push(all[i] ^ all[i + 1]);
            i += 1;
        }
        width -= 1;
    }
    all
}
