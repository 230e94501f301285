// A stack of levels, each built from the last by pairing: the loop tests
// the last level's length inside a closure. The levels halve, so all
// passes add up to about 2n.
// expect build: time O(n), space O(n)
// target build: time O(n), space O(n)
pub fn build(leaves: &[u64]) -> Vec<Vec<u64>> {
    let mut levels: Vec<Vec<u64>> = vec![leaves.to_vec()];
    while levels.last().map_or(false, |l| l.len() > 1) {
        let above: Vec<u64> = levels
            .last()
            .unwrap()
            .chunks(2)
            .map(|pair| pair.iter().fold(0, |h, x| h ^ x))
            .collect();
        levels.push(above);
    }
    levels
}
