// learner: optimal
// idiom: Lisp-style: arena of nodes whose children are a sorted association list Vec<(char, usize)> found by binary_search, explicit work-list of (node, depth) instead of recursion
#[derive(Debug, Default)]
struct Node {
    alist: Vec<(char, usize)>,
    word: bool,
}

#[derive(Debug)]
pub struct Trie {
    arena: Vec<Node>,
    size: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

fn assoc(alist: &[(char, usize)], c: char) -> Result<usize, usize> {
    alist.binary_search_by(|&(k, _)| k.cmp(&c))
}

impl Trie {
    pub fn new() -> Self {
        Trie { arena: vec![Node::default()], size: 0 }
    }

    fn descend(&self, s: &str) -> Option<usize> {
        s.chars().try_fold(0usize, |at, c| {
            let alist = &self.arena[at].alist;
            assoc(alist, c).ok().map(|i| alist[i].1)
        })
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut at = 0usize;
        for c in word.chars() {
            at = match assoc(&self.arena[at].alist, c) {
                Ok(i) => self.arena[at].alist[i].1,
                Err(slot) => {
                    let fresh = self.arena.len();
                    self.arena.push(Node::default());
                    self.arena[at].alist.insert(slot, (c, fresh));
                    fresh
                }
            };
        }
        let node = &mut self.arena[at];
        if node.word {
            false
        } else {
            node.word = true;
            self.size += 1;
            true
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        matches!(self.descend(word), Some(n) if self.arena[n].word)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.size != 0 && self.descend(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.size
    }

    pub fn is_empty(&self) -> bool {
        self.size == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let Some(start) = self.descend(prefix) else {
            return Vec::new();
        };
        let base = prefix.chars().count();
        let mut out = Vec::new();
        let mut path: Vec<char> = prefix.chars().collect();
        // work-list of (node, depth, char that leads into it)
        let mut todo: Vec<(usize, usize, Option<char>)> = vec![(start, base, None)];
        while let Some((n, depth, via)) = todo.pop() {
            path.truncate(depth);
            if let Some(c) = via {
                path.push(c);
            }
            if self.arena[n].word {
                out.push(path.iter().collect::<String>());
            }
            let d = path.len();
            todo.extend(self.arena[n].alist.iter().rev().map(|&(c, k)| (k, d, Some(c))));
        }
        out
    }
}
