// A walk over what a method the walk does not follow returns
// (`tree.children_of(i).iter()..collect()` on a local built by an
// associated function): its length is an assumption, not the input's
// size, so the walk is only an upper bound, as a `for` over such a value
// is. Here it is one node's list, and the lists add up to n.
// expect children_map: time O(n^2), space O(n)
// target children_map: time O(n), space O(n)
// unsure: one node's list per node; the walk cannot see that through the unfollowed method
use std::collections::HashMap;

pub struct Span {
    pub id: u64,
    pub parent: Option<usize>,
}

struct Tree {
    children: Vec<Vec<usize>>,
}

impl Tree {
    fn from_spans(spans: &[Span]) -> Self {
        let mut children = vec![Vec::new(); spans.len()];
        for (i, s) in spans.iter().enumerate() {
            if let Some(p) = s.parent {
                children[p].push(i);
            }
        }
        Tree { children }
    }

    fn children_of(&self, i: usize) -> &[usize] {
        &self.children[i]
    }
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let tree = Tree::from_spans(spans);
    spans
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id, tree.children_of(i).iter().map(|&c| spans[c].id).collect()))
        .collect()
}
