// learner: optimal
// idiom: elixir: GenServer-style — public fns build a Call enum and one handle_call pattern-matches it into a Reply
// why: each Call arm does only its own work: Publish walks the s subscribers (Rc clone each), Subscribe two O(1) inserts, Disconnect its t topics
//! Topic fan-out for a real-time notification server: see README.md.

use std::collections::{HashMap, HashSet, VecDeque};
use std::rc::Rc;

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

enum Call<'a> {
    Subscribe(ConnId, &'a str),
    Unsubscribe(ConnId, &'a str),
    Disconnect(ConnId),
    Publish(&'a str, &'a str),
}

enum Reply {
    Ok,
    Error,
    Delivered(usize),
}

#[derive(Debug, Default)]
struct Mailbox {
    follows: HashSet<String>,
    queue: VecDeque<Rc<str>>,
}

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    next_id: ConnId,
    mailboxes: HashMap<ConnId, Mailbox>,
    registry: HashMap<String, HashSet<ConnId>>,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    fn handle_call(&mut self, call: Call<'_>) -> Reply {
        match call {
            Call::Subscribe(conn, topic) => match self
                .mailboxes
                .get_mut(&conn)
                .map(|mb| mb.follows.insert(topic.to_owned()))
            {
                Some(true) => {
                    self.registry.entry(topic.to_owned()).or_default().insert(conn);
                    Reply::Ok
                }
                _ => Reply::Error,
            },
            Call::Unsubscribe(conn, topic) => match self
                .mailboxes
                .get_mut(&conn)
                .map(|mb| mb.follows.remove(topic))
            {
                Some(true) => {
                    leave(&mut self.registry, topic, conn);
                    Reply::Ok
                }
                _ => Reply::Error,
            },
            Call::Disconnect(conn) => match self.mailboxes.remove(&conn) {
                Some(mb) => {
                    for topic in mb.follows {
                        leave(&mut self.registry, &topic, conn);
                    }
                    Reply::Ok
                }
                None => Reply::Error,
            },
            Call::Publish(topic, msg) => match self.registry.get(topic) {
                Some(conns) => {
                    let payload: Rc<str> = Rc::from(msg);
                    let mailboxes = &mut self.mailboxes;
                    let delivered = conns.iter().fold(0, |sent, id| match mailboxes.get_mut(id) {
                        Some(mb) => {
                            mb.queue.push_back(Rc::clone(&payload));
                            sent + 1
                        }
                        None => sent,
                    });
                    Reply::Delivered(delivered)
                }
                None => Reply::Delivered(0),
            },
        }
    }

    pub fn connect(&mut self) -> ConnId {
        let id = self.next_id;
        self.next_id += 1;
        self.mailboxes.insert(id, Mailbox::default());
        id
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        self.mailboxes.contains_key(&conn)
    }

    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        matches!(self.handle_call(Call::Subscribe(conn, topic)), Reply::Ok)
    }

    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        matches!(self.handle_call(Call::Unsubscribe(conn, topic)), Reply::Ok)
    }

    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        matches!(self.handle_call(Call::Disconnect(conn)), Reply::Ok)
    }

    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        match self.handle_call(Call::Publish(topic, msg)) {
            Reply::Delivered(n) => n,
            Reply::Ok | Reply::Error => 0,
        }
    }

    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        match self.mailboxes.get_mut(&conn) {
            Some(mb) => mb.queue.drain(..).map(|m| (*m).to_owned()).collect(),
            None => Vec::new(),
        }
    }

    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        let mut ids: Vec<ConnId> =
            self.registry.get(topic).into_iter().flatten().copied().collect();
        ids.sort_unstable();
        ids
    }

    pub fn topic_count(&self) -> usize {
        self.registry.len()
    }
}

fn leave(registry: &mut HashMap<String, HashSet<ConnId>>, topic: &str, conn: ConnId) {
    if let Some(set) = registry.get_mut(topic) {
        set.remove(&conn);
        if set.is_empty() {
            registry.remove(topic);
        }
    }
}
