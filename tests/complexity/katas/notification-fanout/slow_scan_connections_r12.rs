// learner: slow
// why: Hub::publish is O(connections) time, target O(s): walks every connection and checks its own topic list instead of indexing topic -> subscribers
use std::collections::BTreeMap;

pub type ConnId = u64;

#[derive(Debug, Default)]
struct Connection {
    topics: Vec<String>,
    pending: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    connections: BTreeMap<ConnId, Connection>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.connections.insert(id, Connection::default());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.connections.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        match self.connections.get_mut(&conn) {
            Some(c) if !c.topics.iter().any(|t| t == topic) => {
                c.topics.push(topic.to_string());
                true
            }
            _ => false,
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        if let Some(c) = self.connections.get_mut(&conn) {
            let before = c.topics.len();
            c.topics.retain(|t| t != topic);
            return c.topics.len() != before;
        }
        false
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        self.connections.remove(&conn).is_some()
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let mut n = 0;
        for c in self.connections.values_mut() {
            if c.topics.iter().any(|t| t == topic) {
                c.pending.push(msg.to_string());
                n += 1;
            }
        }
        n
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.connections.get_mut(&conn).map(|c| std::mem::take(&mut c.pending)).unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        self.connections
            .iter()
            .filter(|(_, c)| c.topics.iter().any(|t| t == topic))
            .map(|(&id, _)| id)
            .collect()
    }

    pub fn topic_count(&self) -> usize {
        let mut seen: Vec<&str> = Vec::new();
        for c in self.connections.values() {
            for t in &c.topics {
                if !seen.contains(&t.as_str()) {
                    seen.push(t);
                }
            }
        }
        seen.len()
    }
}
