// learner: optimal
// idiom: defensive auditor: Option<Weak> parent, Rc::into_inner loop-with-let-else Drop, depth pre-count then exact-capacity fill
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    up_link: Option<Weak<RefCell<Node<T>>>>,
    owned_children: Vec<NodeRef<T>>,
}

impl<T> Node<T> {
    fn detached(value: T, up_link: Option<Weak<RefCell<Node<T>>>>) -> Self {
        Node { value, up_link, owned_children: Vec::new() }
    }
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut work: Vec<NodeRef<T>> = Vec::new();
        std::mem::swap(&mut work, &mut self.owned_children);
        loop {
            let Some(handle) = work.pop() else { break };
            // `into_inner` succeeds only for the last strong handle; otherwise the node lives on.
            let Some(cell) = Rc::into_inner(handle) else { continue };
            let mut inner = cell.into_inner();
            work.append(&mut inner.owned_children);
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node::detached(value, None)))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let node = Rc::new(RefCell::new(Node::detached(value, Some(Rc::downgrade(parent)))));
    match parent.try_borrow_mut() {
        Ok(mut p) => p.owned_children.push(Rc::clone(&node)),
        Err(_) => {
            // Re-entrant borrow is impossible from the public API; leave the child detached.
        }
    }
    node
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    let guard = node.try_borrow().ok()?;
    guard.up_link.as_ref()?.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    match node.try_borrow() {
        Ok(n) => n.owned_children.to_vec(),
        Err(_) => Vec::new(),
    }
}

fn depth_of<T>(node: &NodeRef<T>) -> usize {
    let mut depth: usize = 1;
    let mut cursor = parent(node);
    while let Some(n) = cursor {
        depth = depth.saturating_add(1);
        cursor = parent(&n);
    }
    depth
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut out: Vec<T> = Vec::with_capacity(depth_of(node));
    let mut cursor: Option<NodeRef<T>> = Some(Rc::clone(node));
    while let Some(n) = cursor {
        if let Ok(guard) = n.try_borrow() {
            out.push(guard.value.clone());
        }
        cursor = parent(&n);
    }
    out.reverse();
    out
}
