// learner: optimal
// idiom: Swift protocol-as-trait ChildTable, children in a sorted Vec<(char, usize)> found by binary_search, index arena, guard-style returns
#[derive(Debug)]
pub struct Trie {
    nodes: Vec<TrieNode>,
    size: usize,
}

#[derive(Debug, Default)]
struct TrieNode {
    is_word: bool,
    children: Vec<(char, usize)>,
}

trait ChildTable {
    fn child(&self, ch: char) -> Option<usize>;
    fn add_child(&mut self, ch: char, index: usize);
}

impl ChildTable for TrieNode {
    fn child(&self, ch: char) -> Option<usize> {
        match self.children.binary_search_by(|probe| probe.0.cmp(&ch)) {
            Ok(pos) => Some(self.children[pos].1),
            Err(_) => None,
        }
    }

    fn add_child(&mut self, ch: char, index: usize) {
        if let Err(pos) = self.children.binary_search_by(|probe| probe.0.cmp(&ch)) {
            self.children.insert(pos, (ch, index));
        }
    }
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { nodes: vec![TrieNode::default()], size: 0 }
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut current = 0usize;
        for ch in word.chars() {
            current = match self.nodes[current].child(ch) {
                Some(next) => next,
                None => {
                    let created = self.nodes.len();
                    self.nodes.push(TrieNode::default());
                    self.nodes[current].add_child(ch, created);
                    created
                }
            };
        }
        guard_unmarked(&mut self.nodes[current])
            .map(|_| self.size += 1)
            .is_some()
    }

    fn locate(&self, text: &str) -> Option<usize> {
        let mut current = 0usize;
        for ch in text.chars() {
            current = self.nodes[current].child(ch)?;
        }
        Some(current)
    }

    pub fn contains(&self, word: &str) -> bool {
        let Some(index) = self.locate(word) else { return false };
        self.nodes[index].is_word
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        guard_not_empty(self.size)
            .and_then(|_| self.locate(prefix))
            .is_some()
    }

    pub fn len(&self) -> usize {
        self.size
    }

    pub fn is_empty(&self) -> bool {
        self.size == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut results = Vec::new();
        let Some(start) = self.locate(prefix) else { return results };
        // explicit stack of (node, depth-in-buffer) frames; buffer holds the current path
        let mut buffer = String::from(prefix);
        let mut lengths: Vec<usize> = Vec::new();
        let mut stack: Vec<(usize, Option<char>)> = vec![(start, None)];
        while let Some((node, edge)) = stack.pop() {
            if let Some(ch) = edge {
                // trim the buffer back to this node's parent, then append the edge
                let keep = lengths.pop().unwrap_or(prefix.len());
                buffer.truncate(keep);
                buffer.push(ch);
            }
            if self.nodes[node].is_word {
                results.push(buffer.clone());
            }
            let here = buffer.len();
            for &(ch, kid) in self.nodes[node].children.iter().rev() {
                stack.push((kid, Some(ch)));
                lengths.push(here);
            }
        }
        results
    }
}

fn guard_unmarked(node: &mut TrieNode) -> Option<()> {
    if node.is_word {
        return None;
    }
    node.is_word = true;
    Some(())
}

fn guard_not_empty(size: usize) -> Option<usize> {
    if size == 0 {
        return None;
    }
    Some(size)
}
