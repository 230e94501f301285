// Collecting the words under a trie node: the prefix is cloned once per
// word returned, which is output, not work per node.
// expect Node::gather: time O(n), space O(n)
// target Node::gather: time O(m + k), space O(k)
use std::collections::BTreeMap;
pub struct Node {
    kids: BTreeMap<char, Node>,
    end: bool,
}
impl Node {
    pub fn gather(&self, buf: &mut String, found: &mut Vec<String>) {
        if self.end {
            found.push(buf.clone());
        }
        for (ch, next) in &self.kids {
            buf.push(*ch);
            next.gather(buf, found);
            buf.pop();
        }
    }
}
