// learner: optimal
// idiom: PL/I-style: node records in a Vec arena, sorted (char, index) child tables with binary search, explicit stack of ENTER/LEAVE steps
#[derive(Debug)]
struct NodeRecord {
    child_table: Vec<(char, usize)>,
    end_of_word: bool,
}

#[derive(Debug)]
pub struct Trie {
    node_file: Vec<NodeRecord>,
    word_count: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

enum Step {
    Enter(char, usize),
    Leave,
}

const ROOT: usize = 0;

impl Trie {
    pub fn new() -> Self {
        let root = NodeRecord { child_table: Vec::new(), end_of_word: false };
        Trie { node_file: vec![root], word_count: 0 }
    }

    fn para_find_child(&self, node: usize, ch: char) -> Option<usize> {
        let table = &self.node_file[node].child_table;
        match table.binary_search_by(|entry| entry.0.cmp(&ch)) {
            Ok(slot) => Some(table[slot].1),
            Err(_) => None,
        }
    }

    fn para_walk(&self, text: &str) -> Option<usize> {
        let mut current = ROOT;
        for ch in text.chars() {
            match self.para_find_child(current, ch) {
                Some(next) => current = next,
                None => return None,
            }
        }
        Some(current)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut current = ROOT;
        for ch in word.chars() {
            let slot = self.node_file[current].child_table.binary_search_by(|entry| entry.0.cmp(&ch));
            current = match slot {
                Ok(found) => self.node_file[current].child_table[found].1,
                Err(insert_at) => {
                    let new_index = self.node_file.len();
                    self.node_file.push(NodeRecord { child_table: Vec::new(), end_of_word: false });
                    self.node_file[current].child_table.insert(insert_at, (ch, new_index));
                    new_index
                }
            };
        }
        if self.node_file[current].end_of_word {
            return false;
        }
        self.node_file[current].end_of_word = true;
        self.word_count = self.word_count + 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        match self.para_walk(word) {
            Some(node) => self.node_file[node].end_of_word,
            None => false,
        }
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        if self.word_count == 0 {
            return false;
        }
        self.para_walk(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.word_count
    }

    pub fn is_empty(&self) -> bool {
        self.word_count == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut result: Vec<String> = Vec::new();
        let start = match self.para_walk(prefix) {
            Some(node) => node,
            None => return result,
        };
        let mut buffer = String::from(prefix);
        if self.node_file[start].end_of_word {
            result.push(buffer.clone());
        }
        let mut stack: Vec<Step> = Vec::new();
        let mut k = self.node_file[start].child_table.len();
        while k > 0 {
            k = k - 1;
            let (ch, idx) = self.node_file[start].child_table[k];
            stack.push(Step::Enter(ch, idx));
        }
        while let Some(step) = stack.pop() {
            match step {
                Step::Leave => {
                    buffer.pop();
                }
                Step::Enter(ch, node) => {
                    buffer.push(ch);
                    if self.node_file[node].end_of_word {
                        result.push(buffer.clone());
                    }
                    stack.push(Step::Leave);
                    let mut j = self.node_file[node].child_table.len();
                    while j > 0 {
                        j = j - 1;
                        let (c2, i2) = self.node_file[node].child_table[j];
                        stack.push(Step::Enter(c2, i2));
                    }
                }
            }
        }
        result
    }
}
