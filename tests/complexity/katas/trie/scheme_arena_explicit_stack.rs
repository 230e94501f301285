// learner: optimal
// idiom: Scheme-teacher style: arena of nodes linked by index, small helper procedures (child-of, walk-to), explicit Enter/Leave stack for listing
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    ends_word: bool,
    kids: BTreeMap<char, usize>,
}

#[derive(Debug)]
pub struct Trie {
    nodes: Vec<Node>,
    words: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

enum Step {
    Enter(char, usize),
    Leave,
}

const ROOT: usize = 0;

impl Trie {
    pub fn new() -> Self {
        Trie { nodes: vec![Node::default()], words: 0 }
    }

    fn child_of(&self, node: usize, ch: char) -> Option<usize> {
        self.nodes[node].kids.get(&ch).copied()
    }

    fn child_or_new(&mut self, node: usize, ch: char) -> usize {
        if let Some(existing) = self.child_of(node, ch) {
            return existing;
        }
        let fresh = self.nodes.len();
        self.nodes.push(Node::default());
        self.nodes[node].kids.insert(ch, fresh);
        fresh
    }

    /// Follows the characters of `path` from the root; None when a link is missing.
    fn walk_to(&self, path: &str) -> Option<usize> {
        path.chars().try_fold(ROOT, |node, ch| self.child_of(node, ch))
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut node = ROOT;
        for ch in word.chars() {
            node = self.child_or_new(node, ch);
        }
        let was_new = !self.nodes[node].ends_word;
        if was_new {
            self.nodes[node].ends_word = true;
            self.words += 1;
        }
        was_new
    }

    pub fn contains(&self, word: &str) -> bool {
        self.walk_to(word).map_or(false, |n| self.nodes[n].ends_word)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        !self.is_empty() && self.walk_to(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.words
    }

    pub fn is_empty(&self) -> bool {
        self.words == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut found = Vec::new();
        let start = match self.walk_to(prefix) {
            Some(n) => n,
            None => return found,
        };
        let mut spelled = String::from(prefix);
        if self.nodes[start].ends_word {
            found.push(spelled.clone());
        }
        let mut agenda: Vec<Step> = Vec::new();
        self.schedule_children(start, &mut agenda);
        while let Some(step) = agenda.pop() {
            match step {
                Step::Enter(ch, node) => {
                    spelled.push(ch);
                    if self.nodes[node].ends_word {
                        found.push(spelled.clone());
                    }
                    agenda.push(Step::Leave);
                    self.schedule_children(node, &mut agenda);
                }
                Step::Leave => {
                    spelled.pop();
                }
            }
        }
        found
    }

    /// Pushes the children largest-first so the smallest comes off the agenda first.
    fn schedule_children(&self, node: usize, agenda: &mut Vec<Step>) {
        for (&ch, &kid) in self.nodes[node].kids.iter().rev() {
            agenda.push(Step::Enter(ch, kid));
        }
    }
}
