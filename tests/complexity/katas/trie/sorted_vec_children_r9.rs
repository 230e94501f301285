// learner: optimal
// idiom: hand-rolled sorted Vec<(char, u32)> children with binary_search, u32 node ids, iterative DFS with (node, depth-in-bytes) stack and truncate
#[derive(Debug)]
pub struct Trie {
    kids: Vec<Vec<(char, u32)>>,
    term: Vec<bool>,
    count: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { kids: vec![Vec::new()], term: vec![false], count: 0 }
    }

    fn child(&self, node: u32, c: char) -> Option<u32> {
        let k = &self.kids[node as usize];
        match k.binary_search_by(|&(x, _)| x.cmp(&c)) {
            Ok(i) => Some(k[i].1),
            Err(_) => None,
        }
    }

    fn find(&self, s: &str) -> Option<u32> {
        let mut node = 0u32;
        for c in s.chars() {
            node = self.child(node, c)?;
        }
        Some(node)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut node = 0usize;
        for c in word.chars() {
            let pos = self.kids[node].binary_search_by(|&(x, _)| x.cmp(&c));
            node = match pos {
                Ok(i) => self.kids[node][i].1 as usize,
                Err(i) => {
                    let id = self.kids.len();
                    self.kids.push(Vec::new());
                    self.term.push(false);
                    self.kids[node].insert(i, (c, id as u32));
                    id
                }
            };
        }
        let fresh = !self.term[node];
        if fresh {
            self.term[node] = true;
            self.count += 1;
        }
        fresh
    }

    pub fn contains(&self, word: &str) -> bool {
        if let Some(n) = self.find(word) {
            self.term[n as usize]
        } else {
            false
        }
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        if self.count == 0 {
            return false;
        }
        self.find(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        let start = match self.find(prefix) {
            Some(n) => n,
            None => return out,
        };
        let mut cur = String::from(prefix);
        // (node, char that leads to it, byte length of cur before that char)
        let mut todo: Vec<(u32, Option<char>, usize)> = vec![(start, None, prefix.len())];
        while let Some((node, c, len)) = todo.pop() {
            cur.truncate(len);
            if let Some(c) = c {
                cur.push(c);
            }
            if self.term[node as usize] {
                out.push(cur.clone());
            }
            let here = cur.len();
            for &(ch, next) in self.kids[node as usize].iter().rev() {
                todo.push((next, Some(ch), here));
            }
        }
        out
    }
}
