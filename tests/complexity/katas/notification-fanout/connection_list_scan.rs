// learner: slow
// idiom: MATLAB signal-processing engineer: one table of connection rows (id, topic list, outbox) and every query answered by looping over all rows and doing an ismember on each row's topic list
// why: publish is O(C * t) (scans every connection and its topics) instead of O(s); subscribe/disconnect find the row by linear search, O(C), vs targets O(1) and O(t)
//! Topic fan-out for a real-time notification server: see README.md.

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

#[derive(Debug)]
struct Row {
    id: ConnId,
    topics: Vec<String>,
    outbox: Vec<String>,
}

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    rows: Vec<Row>, // sorted by id since ids only grow
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.rows.push(Row { id, topics: Vec::new(), outbox: Vec::new() });
        id
    }

    fn find(&self, conn: ConnId) -> Option<usize> {
        for k in 0..self.rows.len() {
            if self.rows[k].id == conn {
                return Some(k);
            }
        }
        None
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.find(conn).is_some()
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let k = match self.find(conn) {
            Some(k) => k,
            None => return false,
        };
        if self.rows[k].topics.iter().any(|t| t == topic) {
            return false;
        }
        self.rows[k].topics.push(topic.to_string());
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let k = match self.find(conn) {
            Some(k) => k,
            None => return false,
        };
        match self.rows[k].topics.iter().position(|t| t == topic) {
            Some(j) => {
                self.rows[k].topics.remove(j);
                true
            }
            None => false,
        }
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.find(conn) {
            Some(k) => {
                self.rows.remove(k);
                true
            }
            None => false,
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let mut cnt = 0;
        for k in 0..self.rows.len() {
            if self.rows[k].topics.iter().any(|t| t == topic) {
                self.rows[k].outbox.push(msg.to_string());
                cnt += 1;
            }
        }
        cnt
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.find(conn) {
            Some(k) => std::mem::take(&mut self.rows[k].outbox),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids = Vec::new();
        for k in 0..self.rows.len() {
            if self.rows[k].topics.iter().any(|t| t == topic) {
                ids.push(self.rows[k].id);
            }
        }
        ids
    }

    pub fn topic_count(&self) -> usize {
        let mut all: Vec<&String> = Vec::new();
        for r in &self.rows {
            for t in &r.topics {
                if !all.contains(&t) {
                    all.push(t);
                }
            }
        }
        all.len()
    }
}
