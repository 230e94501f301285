// A trie whose children are a BTreeMap keyed by a char: a node holds at
// most σ children, so each lookup is O(log σ), a constant, and a walk down
// the word is O(m) (here n), not O(m log n).
// expect lookup: time O(n), space O(1)
// expect Words::contains: time O(n), space O(1)
// target Words::contains: time O(n), space O(1)
use std::collections::BTreeMap;
use std::str::Chars;

#[derive(Default)]
struct Node {
    ends_word: bool,
    branches: BTreeMap<char, Node>,
}

pub struct Words {
    root: Node,
}

fn lookup<'a>(node: &'a Node, mut chars: Chars<'_>) -> Option<&'a Node> {
    let mut here = node;
    while let Some(c) = chars.next() {
        here = here.branches.get(&c)?;
    }
    Some(here)
}

impl Words {
    pub fn contains(&self, word: &str) -> bool {
        lookup(&self.root, word.chars()).is_some_and(|n| n.ends_word)
    }
}
