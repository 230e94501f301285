// learner: optimal
// idiom: Agda/proof-assistant researcher: children as a sorted association list Vec<(char, Trie)> kept ordered by binary search (an ordered finite map by hand); the Trie type is itself the node, recursion everywhere
//! A prefix tree (trie) of Unicode words: see README.md.

/// A set of words that answers prefix questions in time proportional to the
/// length of the query, however many words it holds.
///
/// `Trie` is its own node type: `member` says whether the empty word is in this subtrie,
/// `kids` is sorted strictly by char, `count` is the number of words in this subtrie.
#[derive(Debug)]
pub struct Trie {
    member: bool,
    count: usize,
    kids: Vec<(char, Trie)>,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    /// Creates an empty trie.
    pub fn new() -> Self {
        Trie { member: false, count: 0, kids: Vec::new() }
    }

    fn child(&self, c: char) -> Option<&Trie> {
        self.kids.binary_search_by_key(&c, |k| k.0).ok().map(|i| &self.kids[i].1)
    }

    fn descend(&self, word: &str) -> Option<&Trie> {
        word.chars().try_fold(self, |t, c| t.child(c))
    }

    fn insert_chars(&mut self, mut rest: std::str::Chars<'_>) -> bool {
        let fresh = match rest.next() {
            None => !std::mem::replace(&mut self.member, true),
            Some(c) => {
                let i = match self.kids.binary_search_by_key(&c, |k| k.0) {
                    Ok(i) => i,
                    Err(i) => {
                        self.kids.insert(i, (c, Trie::new()));
                        i
                    }
                };
                self.kids[i].1.insert_chars(rest)
            }
        };
        self.count += usize::from(fresh);
        fresh
    }

    fn enumerate(&self, path: &mut String, acc: &mut Vec<String>) {
        if self.member {
            acc.push(path.clone());
        }
        for (c, sub) in &self.kids {
            path.push(*c);
            sub.enumerate(path, acc);
            path.pop();
        }
    }

    /// Adds `word`. Returns `true` if it was not stored before. O(m) for a word of m chars.
    pub fn insert(&mut self, word: &str) -> bool {
        self.insert_chars(word.chars())
    }

    /// Returns whether `word` itself was inserted. O(m).
    pub fn contains(&self, word: &str) -> bool {
        self.descend(word).is_some_and(|t| t.member)
    }

    /// Returns whether some stored word begins with `prefix` (a word is a prefix of itself). O(m).
    pub fn starts_with(&self, prefix: &str) -> bool {
        self.descend(prefix).is_some_and(|t| t.count > 0)
    }

    /// Number of distinct words stored.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Returns `true` if no word is stored.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Every stored word that begins with `prefix`, in ascending (`str`) order.
    /// O(m + total length of the words returned).
    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut acc = Vec::with_capacity(self.descend(prefix).map_or(0, |t| t.count));
        if let Some(t) = self.descend(prefix) {
            t.enumerate(&mut prefix.to_string(), &mut acc);
        }
        acc
    }
}
