// Words under a node of an arena trie: each node once, the prefix cloned
// once per word returned (output, not work per node).
// expect Trie::collect: time O(n), space O(n)
// target Trie::collect: time O(m + k), space O(k)
pub struct Node {
    kids: Vec<(u8, usize)>,
    word: bool,
}
pub struct Trie {
    nodes: Vec<Node>,
}
impl Trie {
    pub fn collect(&self, at: usize, prefix: &mut String, out: &mut Vec<String>) {
        if self.nodes[at].word {
            out.push(prefix.clone());
        }
        for &(b, child) in &self.nodes[at].kids {
            prefix.push(b as char);
            self.collect(child, prefix, out);
            prefix.pop();
        }
    }
}
