//! Topic fan-out for a real-time notification server: see README.md.

/// A connection id. Ids are handed out as 0, 1, 2, ... and never reused.
pub type ConnId = u64;

/// Who listens to what, and what each connection still has to send.
#[derive(Debug, Default)]
pub struct Hub {
    // Choose your representation: publish must cost O(subscribers of the topic),
    // disconnect O(topics of the connection).
    next_id: ConnId,
}

impl Hub {
    pub fn new() -> Self {
        Self::default()
    }

    /// Registers a new connection and returns its id. O(1).
    pub fn connect(&mut self) -> ConnId {
        todo!("connect (next id {})", self.next_id)
    }

    pub fn is_connected(&self, conn: ConnId) -> bool {
        todo!("is_connected({conn})")
    }

    /// Subscribes `conn` to `topic`. `false` if the connection is unknown or already subscribed. O(1).
    pub fn subscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        todo!("subscribe({conn}, {topic:?})")
    }

    /// Removes one subscription. `false` if there was none. O(1).
    pub fn unsubscribe(&mut self, conn: ConnId, topic: &str) -> bool {
        todo!("unsubscribe({conn}, {topic:?})")
    }

    /// Drops the connection, its subscriptions and its undelivered messages.
    /// `false` if it was not connected. O(topics of this connection).
    pub fn disconnect(&mut self, conn: ConnId) -> bool {
        todo!("disconnect({conn})")
    }

    /// Delivers `msg` to every subscriber of `topic`; returns how many got it.
    /// O(subscribers of this topic).
    pub fn publish(&mut self, topic: &str, msg: &str) -> usize {
        todo!("publish({topic:?}, {msg:?})")
    }

    /// Takes the messages waiting for `conn`, oldest first. Empty for an unknown connection.
    pub fn drain(&mut self, conn: ConnId) -> Vec<String> {
        todo!("drain({conn})")
    }

    /// The subscribers of `topic`, in ascending id order.
    pub fn subscribers(&self, topic: &str) -> Vec<ConnId> {
        todo!("subscribers({topic:?})")
    }

    /// Number of topics with at least one subscriber.
    pub fn topic_count(&self) -> usize {
        todo!("topic_count")
    }
}
