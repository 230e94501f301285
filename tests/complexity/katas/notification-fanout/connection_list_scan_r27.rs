// learner: slow
// idiom: PHP Laravel developer: a Vec of Connection models each with a topics array, queried like Eloquent: connections->where(topics contains topic)
// why: publish is O(connections x topics) (scans every connection and its topic list), subscribe/disconnect are O(connections) linear lookups, vs O(s) / O(1) / O(t)
//! Topic fan-out for a real-time notification server: see README.md.

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

#[derive(Debug)]
struct Connection {
    id: ConnId,
    topics: Vec<String>,
    outbox: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    connections: Vec<Connection>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    fn find(&mut self, conn: ConnId) -> Option<&mut Connection> {
        self.connections.iter_mut().find(|c| c.id == conn)
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.connections.push(Connection { id, topics: Vec::new(), outbox: Vec::new() });
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.connections.iter().any(|c| c.id == conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        match self.find(conn) {
            Some(c) if !c.topics.iter().any(|t| t == topic) => {
                c.topics.push(topic.to_string());
                true
            }
            _ => false,
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        match self.find(conn) {
            Some(c) => match c.topics.iter().position(|t| t == topic) {
                Some(i) => {
                    c.topics.remove(i);
                    true
                }
                None => false,
            },
            None => false,
        }
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let before = self.connections.len();
        self.connections.retain(|c| c.id != conn);
        self.connections.len() != before
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let mut delivered = 0;
        for c in self.connections.iter_mut() {
            if c.topics.iter().any(|t| t == topic) {
                c.outbox.push(msg.to_string());
                delivered += 1;
            }
        }
        delivered
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.find(conn).map(|c| std::mem::take(&mut c.outbox)).unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        self.connections
            .iter()
            .filter(|c| c.topics.iter().any(|t| t == topic))
            .map(|c| c.id)
            .collect()
    }

    pub fn topic_count(&self) -> usize {
        let mut seen: Vec<&String> = Vec::new();
        for c in &self.connections {
            for t in &c.topics {
                if !seen.contains(&t) {
                    seen.push(t);
                }
            }
        }
        seen.len()
    }
}
