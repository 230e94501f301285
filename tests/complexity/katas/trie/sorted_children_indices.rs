// learner: optimal
// idiom: arena of nodes with sorted Vec<(char, u32)> children and binary_search_by_key, iterative DFS with a (node, next-child) cursor stack
#[derive(Debug, Default)]
struct Node {
    children: Vec<(char, u32)>,
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
        let kids = &self.arena[node as usize].children;
        match kids.binary_search_by_key(&c, |&(k, _)| k) {
            Ok(i) => Some(kids[i].1),
            Err(_) => None,
        }
    }

    fn locate(&self, s: &str) -> Option<u32> {
        let mut cur = 0u32;
        for c in s.chars() {
            cur = self.child(cur, c)?;
        }
        Some(cur)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut cur = 0usize;
        for c in word.chars() {
            let pos = self.arena[cur].children.binary_search_by_key(&c, |&(k, _)| k);
            cur = match pos {
                Ok(i) => self.arena[cur].children[i].1 as usize,
                Err(i) => {
                    let fresh = self.arena.len();
                    self.arena.push(Node::default());
                    self.arena[cur].children.insert(i, (c, fresh as u32));
                    fresh
                }
            };
        }
        let node = &mut self.arena[cur];
        if node.end {
            false
        } else {
            node.end = true;
            self.n_words += 1;
            true
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        match self.locate(word) {
            Some(n) => self.arena[n as usize].end,
            None => false,
        }
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        !self.is_empty() && self.locate(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.n_words
    }

    pub fn is_empty(&self) -> bool {
        self.n_words == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut res = Vec::new();
        let Some(top) = self.locate(prefix) else {
            return res;
        };
        let mut word = prefix.to_owned();
        if self.arena[top as usize].end {
            res.push(word.clone());
        }
        // each frame: node and index of the next child to visit
        let mut frames: Vec<(u32, usize)> = vec![(top, 0)];
        while let Some(frame) = frames.last_mut() {
            let (node, next) = *frame;
            let kids = &self.arena[node as usize].children;
            if next == kids.len() {
                frames.pop();
                if !frames.is_empty() {
                    word.pop();
                }
                continue;
            }
            frame.1 += 1;
            let (c, child) = kids[next];
            word.push(c);
            if self.arena[child as usize].end {
                res.push(word.clone());
            }
            frames.push((child, 0));
        }
        res
    }
}
