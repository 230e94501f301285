// learner: slow
// idiom: awk/sed one-liner sysadmin: the hub as a "file" of connection lines (id, topics, outbox); publish is `awk '$0 ~ topic'` over every line
// why: Hub::publish is O(connections * topics per connection) vs target O(s); Hub::subscribe is O(connections + topics) vs O(1); Hub::disconnect is O(connections) vs O(t): every operation scans all connection lines
//! Topic fan-out for a real-time notification server: see README.md.

pub type ConnId = u64;

#[derive(Debug)]
struct Line {
    id: ConnId,
    topics: Vec<String>,
    outbox: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    lines: Vec<Line>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    fn find(&mut self, conn: ConnId) -> Option<&mut Line> {
        self.lines.iter_mut().find(|l| l.id == conn)
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.lines.push(Line { id, topics: Vec::new(), outbox: Vec::new() });
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.lines.iter().any(|l| l.id == conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        match self.find(conn) {
            Some(l) if !l.topics.iter().any(|t| t == topic) => {
                l.topics.push(topic.to_string());
                true
            }
            _ => false,
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let Some(l) = self.find(conn) else { return false };
        let before = l.topics.len();
        l.topics.retain(|t| t != topic);
        l.topics.len() != before
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let before = self.lines.len();
        self.lines.retain(|l| l.id != conn);
        self.lines.len() != before
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let mut n = 0;
        for l in self.lines.iter_mut() {
            if l.topics.iter().any(|t| t == topic) {
                l.outbox.push(msg.to_string());
                n += 1;
            }
        }
        n
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.find(conn).map(|l| std::mem::take(&mut l.outbox)).unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        // lines are in id order already
        self.lines.iter().filter(|l| l.topics.iter().any(|t| t == topic)).map(|l| l.id).collect()
    }

    pub fn topic_count(&self) -> usize {
        let mut seen: Vec<&String> = Vec::new();
        for l in &self.lines {
            for t in &l.topics {
                if !seen.contains(&t) {
                    seen.push(t);
                }
            }
        }
        seen.len()
    }
}
