// learner: optimal
// idiom: hand-rolled sorted Vec<(char, u32)> child lists with binary_search, u32 node ids, iterative DFS on (node, depth) stack with String::truncate
#[derive(Debug, Default)]
struct N {
    edges: Vec<(char, u32)>, // sorted by char
    word: bool,
    depth_bytes: u32,        // byte length of the path to this node
}

#[derive(Debug)]
pub struct Trie {
    nodes: Vec<N>,
    words: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Self { nodes: vec![N::default()], words: 0 }
    }

    fn child(&self, at: u32, c: char) -> Option<u32> {
        let e = &self.nodes[at as usize].edges;
        e.binary_search_by(|&(k, _)| k.cmp(&c)).ok().map(|i| e[i].1)
    }

    fn locate(&self, s: &str) -> Option<u32> {
        let mut at = 0u32;
        for c in s.chars() {
            at = self.child(at, c)?;
        }
        Some(at)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut at = 0u32;
        for c in word.chars() {
            let pos = self.nodes[at as usize].edges.binary_search_by(|&(k, _)| k.cmp(&c));
            at = match pos {
                Ok(i) => self.nodes[at as usize].edges[i].1,
                Err(i) => {
                    let id = self.nodes.len() as u32;
                    let depth_bytes = self.nodes[at as usize].depth_bytes + c.len_utf8() as u32;
                    self.nodes.push(N { edges: Vec::new(), word: false, depth_bytes });
                    self.nodes[at as usize].edges.insert(i, (c, id));
                    id
                }
            };
        }
        let n = &mut self.nodes[at as usize];
        if n.word {
            false
        } else {
            n.word = true;
            self.words += 1;
            true
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.locate(word).map_or(false, |i| self.nodes[i as usize].word)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.words != 0 && self.locate(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.words
    }

    pub fn is_empty(&self) -> bool {
        self.words == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let Some(start) = self.locate(prefix) else { return vec![] };
        let mut out = vec![];
        let mut buf = prefix.to_string();
        // stack of (char leading into node, node); the start node has no incoming char here
        let mut stack: Vec<(Option<char>, u32)> = vec![(None, start)];
        while let Some((c, id)) = stack.pop() {
            let n = &self.nodes[id as usize];
            if let Some(c) = c {
                // cut the buffer back to the parent's path, then extend by c
                buf.truncate(n.depth_bytes as usize - c.len_utf8());
                buf.push(c);
            }
            if n.word {
                out.push(buf.clone());
            }
            stack.extend(n.edges.iter().rev().map(|&(k, j)| (Some(k), j)));
        }
        out
    }
}
