use notification_fanout::*;

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[test]
fn an_empty_hub_delivers_nothing() {
    let mut hub = Hub::new();
    assert_eq!(hub.publish("news", "hello"), 0, "input: publish to a topic nobody follows");
    assert_eq!(hub.topic_count(), 0);
    assert_eq!(hub.drain(0), Vec::<String>::new(), "input: drain an unknown connection");
    assert_eq!(hub.subscribers("news"), Vec::<ConnId>::new());
    assert!(!hub.disconnect(0), "input: disconnect an unknown connection");
}

#[test]
fn connect_hands_out_fresh_ids() {
    let mut hub = Hub::new();
    let ids: Vec<ConnId> = (0..4).map(|_| hub.connect()).collect();
    assert_eq!(ids, vec![0, 1, 2, 3], "four connects");
    assert!(hub.disconnect(3));
    assert_eq!(hub.connect(), 4, "ids are never reused, even after a disconnect");
    assert!(hub.is_connected(4));
    assert!(!hub.is_connected(3));
}

#[test]
fn publish_reaches_exactly_the_subscribers() {
    let mut hub = Hub::new();
    let (a, b, c) = (hub.connect(), hub.connect(), hub.connect());
    assert!(hub.subscribe(a, "orders"));
    assert!(hub.subscribe(b, "orders"));
    assert!(hub.subscribe(c, "billing"));
    assert_eq!(hub.publish("orders", "order #1 shipped"), 2, "input: 2 subscribers of orders");
    assert_eq!(hub.drain(a), strings(&["order #1 shipped"]));
    assert_eq!(hub.drain(b), strings(&["order #1 shipped"]));
    assert_eq!(hub.drain(c), Vec::<String>::new(), "c only follows billing");
    assert_eq!(hub.drain(a), Vec::<String>::new(), "drain empties the outbox");
}

#[test]
fn duplicate_and_invalid_subscriptions_are_refused() {
    let mut hub = Hub::new();
    let a = hub.connect();
    assert!(hub.subscribe(a, "t"));
    assert!(!hub.subscribe(a, "t"), "already subscribed");
    assert_eq!(hub.publish("t", "once"), 1, "a double subscribe must not double-deliver");
    assert_eq!(hub.drain(a), strings(&["once"]));
    assert!(!hub.subscribe(99, "t"), "unknown connection");
    assert!(hub.disconnect(a));
    assert!(!hub.subscribe(a, "t"), "disconnected connection");
    assert_eq!(hub.subscribers("t"), Vec::<ConnId>::new());
}

#[test]
fn unsubscribe_stops_delivery_and_forgets_empty_topics() {
    let mut hub = Hub::new();
    let (a, b) = (hub.connect(), hub.connect());
    hub.subscribe(a, "alerts");
    hub.subscribe(b, "alerts");
    assert_eq!(hub.topic_count(), 1);
    assert!(hub.unsubscribe(a, "alerts"));
    assert!(!hub.unsubscribe(a, "alerts"), "already unsubscribed");
    assert!(!hub.unsubscribe(a, "never"), "never subscribed");
    assert!(!hub.unsubscribe(42, "alerts"), "unknown connection");
    assert_eq!(hub.publish("alerts", "disk 91%"), 1);
    assert_eq!(hub.drain(a), Vec::<String>::new());
    assert!(hub.unsubscribe(b, "alerts"));
    assert_eq!(hub.topic_count(), 0, "a topic without subscribers must not linger (memory leak)");
    assert_eq!(hub.publish("alerts", "nobody hears this"), 0);
}

#[test]
fn disconnect_cleans_up_every_subscription() {
    let mut hub = Hub::new();
    let (a, b) = (hub.connect(), hub.connect());
    for t in ["x", "y", "z"] {
        hub.subscribe(a, t);
    }
    hub.subscribe(b, "y");
    hub.publish("x", "pending");
    assert!(hub.disconnect(a));
    assert!(!hub.disconnect(a), "second disconnect");
    assert_eq!(hub.drain(a), Vec::<String>::new(), "undelivered messages go with the connection");
    assert_eq!(hub.subscribers("y"), vec![b]);
    assert_eq!(hub.topic_count(), 1, "only y still has a subscriber");
    assert_eq!(hub.publish("x", "m"), 0);
    assert_eq!(hub.publish("y", "m"), 1);
}

#[test]
fn messages_from_several_topics_arrive_in_publish_order() {
    let mut hub = Hub::new();
    let a = hub.connect();
    hub.subscribe(a, "prices");
    hub.subscribe(a, "news");
    hub.publish("prices", "p1");
    hub.publish("news", "n1");
    hub.publish("sports", "s1");
    hub.publish("prices", "p2");
    assert_eq!(hub.drain(a), strings(&["p1", "n1", "p2"]));
}

#[test]
fn subscribers_are_listed_in_id_order() {
    let mut hub = Hub::new();
    let ids: Vec<ConnId> = (0..6).map(|_| hub.connect()).collect();
    for &i in ids.iter().rev() {
        if i % 2 == 0 {
            hub.subscribe(i, "even");
        }
    }
    assert_eq!(hub.subscribers("even"), vec![0, 2, 4]);
}

#[test]
fn unicode_topics_and_messages() {
    let mut hub = Hub::new();
    let a = hub.connect();
    hub.subscribe(a, "通知/東京");
    hub.subscribe(a, "");
    assert_eq!(hub.publish("通知/東京", "地震速報 ⚠️"), 1);
    assert_eq!(hub.publish("", "empty topic name is a topic too"), 1);
    assert_eq!(hub.publish("通知/大阪", "elsewhere"), 0);
    assert_eq!(hub.drain(a), strings(&["地震速報 ⚠️", "empty topic name is a topic too"]));
}

#[test]
fn many_connections_with_personal_topics() {
    let n = 3_500;
    let mut hub = Hub::new();
    let ids: Vec<ConnId> = (0..n).map(|_| hub.connect()).collect();
    for &id in &ids {
        assert!(hub.subscribe(id, &format!("user:{id}")));
        assert!(hub.subscribe(id, &format!("room:{}", id % 10)));
    }
    let mut delivered = 0;
    for &id in &ids {
        delivered += hub.publish(&format!("user:{id}"), "you have mail");
    }
    assert_eq!(delivered, n as usize, "input: {n} personal messages");
    assert_eq!(hub.publish("room:3", "hi room 3"), n as usize / 10);
    assert_eq!(hub.drain(3), strings(&["you have mail", "hi room 3"]));
    for &id in &ids {
        hub.disconnect(id);
    }
    assert_eq!(hub.topic_count(), 0, "every topic is gone after everyone left");
}
