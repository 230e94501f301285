// A diff that compares the two trees' leaves position by position with a
// counter (`while i < n`, `n = self.len()`, `i` only steps forward, no
// early exit): it visits all n leaves whatever differs, O(n), while the
// goal grows with the d differences (O(d log n)).
// slow: walks every leaf, where the target grows with the output
// expect Tree::diff: time O(n), space O(n)
// target Tree::diff: time O(d log n), space O(d log n)
pub struct Tree {
    leaves: Vec<u64>,
}
impl Tree {
    pub fn len(&self) -> usize {
        self.leaves.len()
    }
    pub fn diff(&self, other: &Tree) -> Vec<usize> {
        let n = self.len();
        let mut out = Vec::new();
        let mut i = 0;
        while i < n {
            if self.leaves[i] != other.leaves[i] {
                out.push(i);
            }
            i += 1;
        }
        out
    }
}
