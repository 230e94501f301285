// learner: slow
// idiom: Bash scripter: one list of connections, each with its own topic list; publish loops over every connection and greps its topics, like `for c in "${conns[@]}"; do grep -qx "$topic" ...`
// why: Hub::publish is O(connections x topics per connection) (scans the whole server) vs the O(s) target; Hub::disconnect is O(connections) (linear search for the id) vs O(t); subscribe is O(connections) to find the connection vs O(1)
//! Topic fan-out for a real-time notification server: see README.md.

pub type ConnId = u64;

#[derive(Debug)]
struct Conn {
    id: ConnId,
    topics: Vec<String>,
    outbox: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conns: Vec<Conn>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.conns.push(Conn { id, topics: Vec::new(), outbox: Vec::new() });
        id
    }

    fn find(&self, conn: ConnId) -> Option<usize> {
        for i in 0..self.conns.len() {
            if self.conns[i].id == conn {
                return Some(i);
            }
        }
        None
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.find(conn).is_some()
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let i = match self.find(conn) {
            Some(i) => i,
            None => return false,
        };
        let c = &mut self.conns[i];
        for t in &c.topics {
            if t == topic {
                return false;
            }
        }
        c.topics.push(topic.to_string());
        true
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let i = match self.find(conn) {
            Some(i) => i,
            None => return false,
        };
        let c = &mut self.conns[i];
        for j in 0..c.topics.len() {
            if c.topics[j] == topic {
                c.topics.remove(j);
                return true;
            }
        }
        false
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        match self.find(conn) {
            Some(i) => {
                self.conns.remove(i);
                true
            }
            None => false,
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let mut sent = 0;
        for c in self.conns.iter_mut() {
            for t in &c.topics {
                if t == topic {
                    c.outbox.push(msg.to_string());
                    sent += 1;
                    break;
                }
            }
        }
        sent
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.find(conn) {
            Some(i) => std::mem::take(&mut self.conns[i].outbox),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        // conns are kept in id order already
        let mut out = Vec::new();
        for c in &self.conns {
            if c.topics.iter().any(|t| t == topic) {
                out.push(c.id);
            }
        }
        out
    }

    pub fn topic_count(&self) -> usize {
        let mut seen: Vec<&str> = Vec::new();
        for c in &self.conns {
            for t in &c.topics {
                if !seen.contains(&t.as_str()) {
                    seen.push(t);
                }
            }
        }
        seen.len()
    }
}
