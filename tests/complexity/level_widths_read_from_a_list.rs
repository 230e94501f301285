// A Merkle tree built level by level, each level's width read from a list
// of widths (`for j in 0..sizes[lvl]` inside `for lvl in 1..sizes.len()`):
// the inner rounds add up to the values stored in `sizes`, which halve, so
// O(n) in all; the walk does not follow stored values, so its n × n is an
// upper bound (no finding).
// expect build: time O(n^2), space O(n^2)
// target build: time O(n), space O(n)
// unsure: the widths halve level by level
pub fn build(leaves: &[u64]) -> Vec<u64> {
    let mut sizes = vec![leaves.len()];
    while *sizes.last().unwrap() > 1 {
        let next = (sizes.last().unwrap() + 1) / 2;
        sizes.push(next);
    }
    let mut cells: Vec<u64> = leaves.to_vec();
    let mut from = 0;
    for lvl in 1..sizes.len() {
        let below = sizes[lvl - 1];
        for j in 0..sizes[lvl] {
            let l = from + 2 * j;
            let d = if 2 * j + 1 < below { cells[l] ^ cells[l + 1] } else { cells[l] };
            cells.push(d);
        }
        from += below;
    }
    cells
}
