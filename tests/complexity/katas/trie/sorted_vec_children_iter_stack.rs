// learner: optimal
// idiom: Pony actor-model programmer: children kept as a sorted Vec<(char, Box<Node>)> found by binary search (an owned `iso` subtree per edge), words streamed out by a stack of child iterators rather than recursion.
//! A prefix tree (trie) of Unicode words: see README.md.

#[derive(Debug, Default)]
struct Node {
    kids: Vec<(char, Box<Node>)>,
    terminal: bool,
}

impl Node {
    fn child(&self, c: char) -> Option<&Node> {
        self.kids
            .binary_search_by(|(k, _)| k.cmp(&c))
            .ok()
            .map(|i| &*self.kids[i].1)
    }

    fn child_or_create(&mut self, c: char) -> &mut Node {
        let i = match self.kids.binary_search_by(|(k, _)| k.cmp(&c)) {
            Ok(i) => i,
            Err(i) => {
                self.kids.insert(i, (c, Box::default()));
                i
            }
        };
        &mut self.kids[i].1
    }
}

/// A set of words that answers prefix questions in time proportional to the
/// length of the query, however many words it holds.
#[derive(Debug)]
pub struct Trie {
    root: Node,
    size: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { root: Node::default(), size: 0 }
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let node = word.chars().fold(&mut self.root, |n, c| n.child_or_create(c));
        let fresh = !node.terminal;
        node.terminal = true;
        if fresh {
            self.size += 1;
        }
        fresh
    }

    fn reach(&self, path: &str) -> Option<&Node> {
        path.chars().try_fold(&self.root, |n, c| n.child(c))
    }

    pub fn contains(&self, word: &str) -> bool {
        self.reach(word).is_some_and(|n| n.terminal)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        !self.is_empty() && self.reach(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.size
    }

    pub fn is_empty(&self) -> bool {
        self.size == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let Some(start) = self.reach(prefix) else {
            return Vec::new();
        };
        let mut found = Vec::new();
        let mut spelled = String::from(prefix);
        if start.terminal {
            found.push(spelled.clone());
        }
        let mut pending = vec![start.kids.iter()];
        while let Some(kids) = pending.last_mut() {
            match kids.next() {
                Some((c, child)) => {
                    spelled.push(*c);
                    if child.terminal {
                        found.push(spelled.clone());
                    }
                    pending.push(child.kids.iter());
                }
                None => {
                    pending.pop();
                    if !pending.is_empty() {
                        spelled.pop();
                    }
                }
            }
        }
        found
    }
}
