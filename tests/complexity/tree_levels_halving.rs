// Building a hash tree bottom-up: each level is half the previous one, so
// all levels together are 2n.
// expect build_levels: time O(n), space O(n)
// expect root_of: time O(n), space O(n)
// target build_levels: time O(n), space O(n)
// target root_of: time O(n), space O(n)
pub fn build_levels(leaves: &[u64]) -> Vec<Vec<u64>> {
    let mut levels = vec![leaves.to_vec()];
    while levels.last().unwrap().len() > 1 {
        let prev = levels.last().unwrap();
        let next: Vec<u64> = prev
            .chunks(2)
            .map(|p| p[0].wrapping_mul(31) ^ p.get(1).copied().unwrap_or(0))
            .collect();
        levels.push(next);
    }
    levels
}
pub fn root_of(leaves: &[u64]) -> u64 {
    let mut level = leaves.to_vec();
    while level.len() > 1 {
        let mut up = Vec::with_capacity(level.len() / 2 + 1);
        let mut k = 0;
        while k < level.len() {
            let right = if k + 1 < level.len() { level[k + 1] } else { level[k] };
            up.push(level[k] ^ right.rotate_left(7));
            k += 2;
        }
        level = up;
    }
    level[0]
}
