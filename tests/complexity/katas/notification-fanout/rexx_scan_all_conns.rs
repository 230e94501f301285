// learner: slow
// idiom: REXX: one stem per connection, CONN.i.TOPICS as a word list; publish does DO i = 1 TO CONN.0 and asks each one WORDPOS(topic)
// why: publish visits every connection and each of its topics: O(connections x topics) per publish instead of O(subscribers)

/* REXX-style: the "first design": a list of connections, each with its topic list. */

pub type ConnId = u64;

#[derive(Debug)]
struct ConnLine {
    conn_id: ConnId,
    topic_words: Vec<String>,
    outbox: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conn_lines: Vec<ConnLine>, // in id order, since ids only grow
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    /// binary search on the id-ordered list (ids are handed out ascending)
    fn find_line(&self, conn: ConnId) -> Option<usize> {
        self.conn_lines.binary_search_by_key(&conn, |l| l.conn_id).ok()
    }

    fn has_word(words: &[String], topic: &str) -> bool {
        let mut i = 0;
        loop {
            if i >= words.len() {
                return false;
            }
            if words[i] == topic {
                return true;
            }
            i += 1;
        }
    }

    pub fn connect(&mut self) -> ConnId {
        let new_id = self.next_id;
        self.next_id += 1;
        self.conn_lines.push(ConnLine { conn_id: new_id, topic_words: Vec::new(), outbox: Vec::new() });
        new_id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.find_line(conn).is_some()
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(line_idx) = self.find_line(conn) else {
            return false;
        };
        let line = &mut self.conn_lines[line_idx];
        if Self::has_word(&line.topic_words, topic) {
            return false;
        }
        line.topic_words.push(topic.to_string());
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(line_idx) = self.find_line(conn) else {
            return false;
        };
        let line = &mut self.conn_lines[line_idx];
        let mut i = 0;
        loop {
            if i >= line.topic_words.len() {
                return false;
            }
            if line.topic_words[i] == topic {
                line.topic_words.swap_remove(i);
                return true;
            }
            i += 1;
        }
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.find_line(conn) {
            Some(line_idx) => {
                self.conn_lines.remove(line_idx);
                true
            }
            None => false,
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let mut delivered = 0;
        for line in self.conn_lines.iter_mut() {
            if Self::has_word(&line.topic_words, topic) {
                line.outbox.push(msg.to_string());
                delivered += 1;
            }
        }
        delivered
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.find_line(conn) {
            Some(line_idx) => std::mem::take(&mut self.conn_lines[line_idx].outbox),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut out_ids = Vec::new();
        for line in &self.conn_lines {
            if Self::has_word(&line.topic_words, topic) {
                out_ids.push(line.conn_id);
            }
        }
        out_ids
    }

    pub fn topic_count(&self) -> usize {
        let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
        for line in &self.conn_lines {
            for w in &line.topic_words {
                seen.insert(w.as_str());
            }
        }
        seen.len()
    }
}
