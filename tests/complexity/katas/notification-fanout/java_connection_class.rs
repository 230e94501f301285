// learner: optimal
// idiom: Java/C# style: a Connection class with getters and small methods, Option-returning lookups, Rc<str> shared payloads
use std::collections::{HashMap, HashSet, VecDeque};
use std::rc::Rc;

pub type ConnId = u64;

#[derive(Debug, Default)]
struct Connection {
    topics: HashSet<String>,
    outbox: VecDeque<Rc<str>>,
}

impl Connection {
    fn new() -> Self {
        Connection::default()
    }
    fn get_topics(&self) -> &HashSet<String> {
        &self.topics
    }
    fn add_topic(&mut self, topic: &str) -> bool {
        self.topics.insert(topic.to_string())
    }
    fn remove_topic(&mut self, topic: &str) -> bool {
        self.topics.remove(topic)
    }
    fn enqueue(&mut self, message: Rc<str>) {
        self.outbox.push_back(message);
    }
    fn take_messages(&mut self) -> Vec<String> {
        self.outbox.drain(..).map(|m| m.to_string()).collect()
    }
}

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    connections: HashMap<ConnId, Connection>,
    subscribers_by_topic: HashMap<String, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    fn get_connection(&self, conn: ConnId) -> Option<&Connection> {
        self.connections.get(&conn)
    }

    fn get_connection_mut(&mut self, conn: ConnId) -> Option<&mut Connection> {
        self.connections.get_mut(&conn)
    }

    fn detach_from_topic(&mut self, conn: ConnId, topic: &str) {
        let now_empty = match self.subscribers_by_topic.get_mut(topic) {
            Some(set) => {
                set.remove(&conn);
                set.is_empty()
            }
            None => false,
        };
        if now_empty {
            self.subscribers_by_topic.remove(topic);
        }
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.connections.insert(id, Connection::new());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.get_connection(conn).is_some()
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let added = match self.get_connection_mut(conn) {
            Some(connection) => connection.add_topic(topic),
            None => return false,
        };
        if added {
            self.subscribers_by_topic.entry(topic.to_string()).or_default().insert(conn);
        }
        added
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let removed = self.get_connection_mut(conn).map_or(false, |c| c.remove_topic(topic));
        if removed {
            self.detach_from_topic(conn, topic);
        }
        removed
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        let connection = match self.connections.remove(&conn) {
            Some(connection) => connection,
            None => return false,
        };
        for topic in connection.get_topics() {
            self.detach_from_topic(conn, topic);
        }
        true
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let audience = match self.subscribers_by_topic.get(topic) {
            Some(set) => set,
            None => return 0,
        };
        let shared: Rc<str> = Rc::from(msg);
        for id in audience {
            if let Some(connection) = self.connections.get_mut(id) {
                connection.enqueue(Rc::clone(&shared));
            }
        }
        audience.len()
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.get_connection_mut(conn).map(|c| c.take_messages()).unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids: Vec<ConnId> = self
            .subscribers_by_topic
            .get(topic)
            .map(|set| set.iter().copied().collect())
            .unwrap_or_default();
        ids.sort_unstable();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.subscribers_by_topic.len()
    }
}
