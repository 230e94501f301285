// learner: optimal
// idiom: awk-ish arena where each node's children are a small sorted Vec<(char, usize)> plist (binary search per step), parent links for rebuilding words
#[derive(Debug)]
pub struct Trie {
    kids: Vec<Vec<(char, usize)>>,
    is_word: Vec<bool>,
    count: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { kids: vec![Vec::new()], is_word: vec![false], count: 0 }
    }

    fn child(&self, node: usize, c: char) -> Option<usize> {
        let list = &self.kids[node];
        match list.binary_search_by_key(&c, |p| p.0) {
            Ok(i) => Some(list[i].1),
            Err(_) => None,
        }
    }

    fn find(&self, s: &str) -> Option<usize> {
        let mut cur = 0;
        for c in s.chars() {
            match self.child(cur, c) {
                Some(n) => cur = n,
                None => return None,
            }
        }
        Some(cur)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut cur = 0;
        for c in word.chars() {
            let pos = match self.kids[cur].binary_search_by_key(&c, |p| p.0) {
                Ok(i) => {
                    cur = self.kids[cur][i].1;
                    continue;
                }
                Err(pos) => pos,
            };
            let fresh = self.kids.len();
            self.kids.push(Vec::new());
            self.is_word.push(false);
            self.kids[cur].insert(pos, (c, fresh));
            cur = fresh;
        }
        if self.is_word[cur] {
            return false;
        }
        self.is_word[cur] = true;
        self.count += 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        match self.find(word) {
            Some(n) => self.is_word[n],
            None => false,
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
        let mut res: Vec<String> = Vec::new();
        let start = match self.find(prefix) {
            Some(n) => n,
            None => return res,
        };
        // stack of (node, index of next child to visit); word is the current path
        let mut word = prefix.to_string();
        let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
        if self.is_word[start] {
            res.push(word.clone());
        }
        while let Some(top) = stack.last_mut() {
            let (node, next) = *top;
            if next == self.kids[node].len() {
                stack.pop();
                if !stack.is_empty() {
                    word.pop();
                }
                continue;
            }
            top.1 += 1;
            let (c, child) = self.kids[node][next];
            word.push(c);
            if self.is_word[child] {
                res.push(word.clone());
            }
            stack.push((child, 0));
        }
        res
    }
}
