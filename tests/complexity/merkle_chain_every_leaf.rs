// An iterator chain over every leaf: O(n) whatever the number of
// differences, against a target that grows with them.
// expect Tree::changed: time O(n), space O(n)
// target Tree::changed: time O(d log n), space O(n)
// slow: walks every leaf instead of descending where digests differ
pub struct Tree {
    leaves: Vec<u64>,
}
impl Tree {
    pub fn changed(&self, other: &Tree) -> Vec<usize> {
        self.leaves
            .iter()
            .enumerate()
            .filter(|(i, h)| other.leaves[*i] != **h)
            .map(|(i, _)| i)
            .collect()
    }
}
