// learner: optimal
// idiom: left-child/right-sibling arena (each node: char, first_child, next_sibling as Option<u32>), sibling chains kept sorted so a preorder walk yields words in order; iterative everywhere with `while let`
//! A prefix tree (trie) of Unicode words: see README.md.

#[derive(Debug, Clone)]
struct Node {
    ch: char,
    terminal: bool,
    first_child: Option<u32>,
    next_sibling: Option<u32>,
}

/// A set of words that answers prefix questions in time proportional to the
/// length of the query, however many words it holds.
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

const ROOT: u32 = 0;

impl Trie {
    /// Creates an empty trie.
    pub fn new() -> Self {
        Trie {
            nodes: vec![Node { ch: '\0', terminal: false, first_child: None, next_sibling: None }],
            words: 0,
        }
    }

    /// The child of `parent` labelled `c`, scanning the (sorted, at most sigma long) sibling chain.
    fn child(&self, parent: u32, c: char) -> Option<u32> {
        let mut cur = self.nodes[parent as usize].first_child;
        while let Some(id) = cur {
            let node = &self.nodes[id as usize];
            if node.ch == c {
                return Some(id);
            }
            if node.ch > c {
                return None;
            }
            cur = node.next_sibling;
        }
        None
    }

    fn new_node(&mut self, ch: char, next_sibling: Option<u32>) -> u32 {
        self.nodes.push(Node { ch, terminal: false, first_child: None, next_sibling });
        (self.nodes.len() - 1) as u32
    }

    /// Finds or creates the child labelled `c`, keeping the sibling chain sorted.
    fn child_or_insert(&mut self, parent: u32, c: char) -> u32 {
        let mut prev: Option<u32> = None;
        let mut cur = self.nodes[parent as usize].first_child;
        while let Some(id) = cur {
            let here = self.nodes[id as usize].ch;
            if here == c {
                return id;
            }
            if here > c {
                break;
            }
            prev = Some(id);
            cur = self.nodes[id as usize].next_sibling;
        }
        let fresh = self.new_node(c, cur);
        match prev {
            Some(p) => self.nodes[p as usize].next_sibling = Some(fresh),
            None => self.nodes[parent as usize].first_child = Some(fresh),
        }
        fresh
    }

    fn walk(&self, text: &str) -> Option<u32> {
        text.chars().try_fold(ROOT, |at, c| self.child(at, c))
    }

    /// Adds `word`. Returns `true` if it was not stored before. O(m) for a word of m chars.
    pub fn insert(&mut self, word: &str) -> bool {
        let mut at = ROOT;
        for c in word.chars() {
            at = self.child_or_insert(at, c);
        }
        let node = &mut self.nodes[at as usize];
        let fresh = !node.terminal;
        node.terminal = true;
        if fresh {
            self.words += 1;
        }
        fresh
    }

    /// Returns whether `word` itself was inserted. O(m).
    pub fn contains(&self, word: &str) -> bool {
        self.walk(word).map_or(false, |id| self.nodes[id as usize].terminal)
    }

    /// Returns whether some stored word begins with `prefix` (a word is a prefix of itself). O(m).
    pub fn starts_with(&self, prefix: &str) -> bool {
        // every node except a bare root lies on the path of some word
        match self.walk(prefix) {
            Some(ROOT) => self.words > 0,
            Some(_) => true,
            None => false,
        }
    }

    /// Number of distinct words stored.
    pub fn len(&self) -> usize {
        self.words
    }

    /// Returns `true` if no word is stored.
    pub fn is_empty(&self) -> bool {
        self.words == 0
    }

    /// Every stored word that begins with `prefix`, in ascending (`str`) order.
    /// O(m + total length of the words returned).
    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        let Some(top) = self.walk(prefix) else {
            return out;
        };
        let mut buf = String::from(prefix);
        if self.nodes[top as usize].terminal {
            out.push(buf.clone());
        }
        // preorder over the subtree: the stack holds the next node to visit at each depth
        let mut stack: Vec<u32> = Vec::new();
        if let Some(first) = self.nodes[top as usize].first_child {
            stack.push(first);
        }
        while let Some(&id) = stack.last() {
            let node = &self.nodes[id as usize];
            buf.push(node.ch);
            if node.terminal {
                out.push(buf.clone());
            }
            if let Some(down) = node.first_child {
                stack.push(down);
                continue;
            }
            // leaf: climb until a node has a next sibling
            loop {
                let Some(done) = stack.pop() else { break };
                buf.pop();
                if let Some(next) = self.nodes[done as usize].next_sibling {
                    stack.push(next);
                    break;
                }
            }
        }
        out
    }
}
