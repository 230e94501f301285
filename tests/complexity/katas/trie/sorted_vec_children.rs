// learner: optimal
// idiom: children as a Vec<(char, Node)> kept sorted with binary_search_by_key (O(sigma) insert, sigma fixed), while-let walks, recursive DFS helper method
#[derive(Debug)]
struct Node {
    kids: Vec<(char, Node)>,
    end: bool,
}

impl Node {
    fn empty() -> Self {
        Node { kids: Vec::new(), end: false }
    }

    fn child(&self, c: char) -> Option<&Node> {
        match self.kids.binary_search_by_key(&c, |(k, _)| *k) {
            Ok(i) => Some(&self.kids[i].1),
            Err(_) => None,
        }
    }

    fn child_or_new(&mut self, c: char) -> &mut Node {
        let i = match self.kids.binary_search_by_key(&c, |(k, _)| *k) {
            Ok(i) => i,
            Err(slot) => {
                self.kids.insert(slot, (c, Node::empty()));
                slot
            }
        };
        &mut self.kids[i].1
    }

    fn gather(&self, word: &mut String, into: &mut Vec<String>) {
        if self.end {
            into.push(word.clone());
        }
        for (c, kid) in &self.kids {
            word.push(*c);
            kid.gather(word, into);
            word.pop();
        }
    }
}

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
        Trie { root: Node::empty(), size: 0 }
    }

    fn locate(&self, s: &str) -> Option<&Node> {
        let mut cur = &self.root;
        let mut it = s.chars();
        while let Some(c) = it.next() {
            cur = cur.child(c)?;
        }
        Some(cur)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut cur = &mut self.root;
        for c in word.chars() {
            cur = cur.child_or_new(c);
        }
        if cur.end {
            false
        } else {
            cur.end = true;
            self.size += 1;
            true
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.locate(word).map_or(false, |n| n.end)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.size > 0 && self.locate(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.size
    }

    pub fn is_empty(&self) -> bool {
        self.size == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(n) = self.locate(prefix) {
            let mut w = prefix.to_string();
            n.gather(&mut w, &mut out);
        }
        out
    }
}
