// learner: optimal
// idiom: arena with sorted Vec<(char, u32)> edge lists searched by binary_search_by_key (O(log sigma) per step), recursive collect via a private method
#[derive(Debug, Default)]
struct Node {
    edges: Vec<(char, u32)>, // sorted by char
    end: bool,
}

#[derive(Debug)]
pub struct Trie {
    arena: Vec<Node>,
    n_words: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { arena: vec![Node::default()], n_words: 0 }
    }

    fn child(&self, node: u32, c: char) -> Option<u32> {
        let edges = &self.arena[node as usize].edges;
        edges.binary_search_by_key(&c, |&(k, _)| k).ok().map(|i| edges[i].1)
    }

    fn descend(&self, s: &str) -> Option<u32> {
        let mut cur = 0u32;
        for c in s.chars() {
            cur = self.child(cur, c)?;
        }
        Some(cur)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut cur = 0u32;
        for c in word.chars() {
            let pos = self.arena[cur as usize].edges.binary_search_by_key(&c, |&(k, _)| k);
            cur = match pos {
                Ok(i) => self.arena[cur as usize].edges[i].1,
                Err(i) => {
                    let id = self.arena.len() as u32;
                    self.arena.push(Node::default());
                    self.arena[cur as usize].edges.insert(i, (c, id));
                    id
                }
            };
        }
        let node = &mut self.arena[cur as usize];
        if node.end {
            return false;
        }
        node.end = true;
        self.n_words += 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        self.descend(word).map(|n| self.arena[n as usize].end).unwrap_or(false)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        if self.n_words == 0 {
            return false;
        }
        self.descend(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.n_words
    }

    pub fn is_empty(&self) -> bool {
        self.n_words == 0
    }

    fn gather(&self, node: u32, acc: &mut String, out: &mut Vec<String>) {
        let n = &self.arena[node as usize];
        if n.end {
            out.push(acc.clone());
        }
        for &(c, next) in &n.edges {
            acc.push(c);
            self.gather(next, acc, out);
            acc.pop();
        }
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(start) = self.descend(prefix) {
            let mut acc = String::from(prefix);
            self.gather(start, &mut acc, &mut out);
        }
        out
    }
}
