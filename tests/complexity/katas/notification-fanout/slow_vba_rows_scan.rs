// learner: slow
// why: Hub::publish is O(connections × topics) time, target O(s): every publish walks the whole connection table and each row's topic list
pub type ConnId = u64;

#[derive(Debug)]
struct ConnRow {
    id: ConnId,
    topics: Vec<String>,
    outbox: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    rows: Vec<ConnRow>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    /// row number of a connection, like MATCH() over the id column
    fn find_row(&self, conn: ConnId) -> Option<usize> {
        // ids are handed out in increasing order, so the table stays sorted by id
        let mut lo: usize = 0;
        let mut hi: usize = self.rows.len();
        while lo < hi {
            let mid: usize = (lo + hi) / 2;
            let mid_id: ConnId = self.rows[mid].id;
            if mid_id == conn {
                return Some(mid);
            } else if mid_id < conn {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        None
    }

    pub fn connect(&mut self) -> ConnId {
        let new_id: ConnId = self.next_id;
        self.next_id = self.next_id + 1;
        self.rows.push(ConnRow { id: new_id, topics: Vec::new(), outbox: Vec::new() });
        new_id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.find_row(conn).is_some()
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let row_no: usize = match self.find_row(conn) {
            Some(r) => r,
            None => return false,
        };
        let row = &mut self.rows[row_no];
        let mut already: bool = false;
        let mut t: usize = 0;
        while t < row.topics.len() {
            if row.topics[t] == topic {
                already = true;
            }
            t = t + 1;
        }
        if already {
            return false;
        }
        row.topics.push(topic.to_string());
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let row_no: usize = match self.find_row(conn) {
            Some(r) => r,
            None => return false,
        };
        let row = &mut self.rows[row_no];
        let mut t: usize = 0;
        while t < row.topics.len() {
            if row.topics[t] == topic {
                row.topics.swap_remove(t);
                return true;
            }
            t = t + 1;
        }
        false
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.find_row(conn) {
            Some(row_no) => {
                self.rows.remove(row_no);
                true
            }
            None => false,
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let mut delivered: usize = 0;
        let mut r: usize = 0;
        while r < self.rows.len() {
            let mut follows: bool = false;
            let mut t: usize = 0;
            while t < self.rows[r].topics.len() {
                if self.rows[r].topics[t] == topic {
                    follows = true;
                }
                t = t + 1;
            }
            if follows {
                self.rows[r].outbox.push(msg.to_string());
                delivered = delivered + 1;
            }
            r = r + 1;
        }
        delivered
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.find_row(conn) {
            Some(row_no) => std::mem::take(&mut self.rows[row_no].outbox),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids: Vec<ConnId> = Vec::new();
        for row in &self.rows {
            if row.topics.iter().any(|t| t == topic) {
                ids.push(row.id);
            }
        }
        ids
    }

    pub fn topic_count(&self) -> usize {
        let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
        for row in &self.rows {
            for t in &row.topics {
                seen.insert(t.as_str());
            }
        }
        seen.len()
    }
}
