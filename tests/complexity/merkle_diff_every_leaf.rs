// Merkle diff that compares every pair of leaf digests: O(n) even when a
// single block differs, where the target grows with the differences.
// slow: walks every leaf however few differ
// expect Tree::changed: time O(n), space O(n)
// target Tree::changed: time O(d log n), space O(d log n)
pub struct Tree {
    leaf_hashes: Vec<u64>,
}
impl Tree {
    pub fn changed(&self, theirs: &Tree) -> Vec<usize> {
        let mut idx = Vec::new();
        for (pos, h) in self.leaf_hashes.iter().enumerate() {
            if *h != theirs.leaf_hashes[pos] {
                idx.push(pos);
            }
        }
        idx
    }
}
