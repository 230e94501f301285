// learner: optimal
// idiom: Erlang-ish process state: conns map to {Topics, Mailbox} tuples, topic names interned as Rc<str> shared by both indexes, fold/for_each over subscriber sets, match on Option tuples
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub type ConnId = u64;

type Mailbox = Vec<Rc<str>>;

#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    conns: HashMap<ConnId, (HashSet<Rc<str>>, Mailbox)>,
    topics: HashMap<Rc<str>, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.conns.insert(id, (HashSet::new(), Vec::new()));
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.conns.get(&conn).is_some()
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        match (self.conns.get_mut(&conn), self.topics.get_key_value(topic)) {
            (None, _) => false,
            (Some((mine, _)), known) => {
                if mine.contains(topic) {
                    return false;
                }
                let name: Rc<str> = match known {
                    Some((k, _)) => Rc::clone(k),
                    None => Rc::from(topic),
                };
                mine.insert(Rc::clone(&name));
                self.topics.entry(name).or_default().insert(conn);
                true
            }
        }
    }

    fn leave(&mut self, topic: &str, conn: ConnId) {
        let now_empty = match self.topics.get_mut(topic) {
            Some(set) => {
                set.remove(&conn);
                set.is_empty()
            }
            None => false,
        };
        if now_empty {
            self.topics.remove(topic);
        }
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        let had = match self.conns.get_mut(&conn) {
            Some((mine, _)) => mine.remove(topic),
            None => false,
        };
        if had {
            self.leave(topic, conn);
        }
        had
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        if let Some((mine, _mailbox)) = self.conns.remove(&conn) {
            mine.iter().for_each(|t| self.leave(t, conn));
            true
        } else {
            false
        }
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        let msg: Rc<str> = msg.into();
        let conns = &mut self.conns;
        self.topics.get(topic).map_or(0, |subs| {
            subs.iter().fold(0, |sent, id| match conns.get_mut(id) {
                Some((_, mailbox)) => {
                    mailbox.push(Rc::clone(&msg));
                    sent + 1
                }
                None => sent,
            })
        })
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        self.conns
            .get_mut(&conn)
            .map(|(_, mailbox)| mailbox.drain(..).map(|m| String::from(&*m)).collect())
            .unwrap_or_default()
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut v: Vec<ConnId> = self.topics.get(topic).into_iter().flatten().copied().collect();
        v.sort();
        v
    }

    pub fn topic_count(&self) -> usize {
        self.topics.len()
    }
}
