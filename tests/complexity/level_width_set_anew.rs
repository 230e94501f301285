// One flat array holds every level; a pass pairs up the current level (an
// inner loop in strides of two) and the next level's width is set anew
// from what the pass appended. The widths halve: O(n) in all.
// expect build: time O(n), space O(n)
// target build: time O(n), space O(n)
pub fn build(leaves: &[u64]) -> Vec<u64> {
    let mut all: Vec<u64> = leaves.to_vec();
    let mut start = 0;
    let mut width = leaves.len();
    while width > 1 {
        let next_start = all.len();
        let mut i = 0;
        while i < width {
            let left = all[start + i];
            let right = if i + 1 < width { all[start + i + 1] } else { left };
            all.push(left ^ right);
            i += 2;
        }
        start = next_start;
        width = all.len() - next_start;
    }
    all
}
