// learner: optimal
// idiom: Java-ish: private Node methods (link_up, up, push_kid, take_kids), Weak parent with Weak::new() for roots, path via while-let on an Option handle, Drop that only descends into children it solely owns (strong_count == 1) with an index-free for loop
//! A tree with parent links that does not leak.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent_link: Weak<RefCell<Node<T>>>,
    children: Vec<NodeRef<T>>,
}

impl<T> Node<T> {
    fn fresh(value: T, parent_link: Weak<RefCell<Node<T>>>) -> NodeRef<T> {
        Rc::new(RefCell::new(Node { value, parent_link, children: Vec::new() }))
    }

    fn up(&self) -> Option<NodeRef<T>> {
        self.parent_link.upgrade()
    }

    fn push_kid(&mut self, kid: NodeRef<T>) {
        self.children.push(kid);
    }

    fn take_kids(&mut self) -> Vec<NodeRef<T>> {
        std::mem::take(&mut self.children)
    }
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut stack = self.take_kids();
        while let Some(kid) = stack.pop() {
            if Rc::strong_count(&kid) == 1 {
                let grandkids = kid.borrow_mut().take_kids();
                for g in grandkids {
                    stack.push(g);
                }
            }
            drop(kid);
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Node::fresh(value, Weak::new())
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let kid = Node::fresh(value, Rc::downgrade(parent));
    parent.borrow_mut().push_kid(kid.clone());
    kid
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.iter().map(Rc::clone).collect()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut out = Vec::new();
    let mut at: Option<NodeRef<T>> = Some(node.clone());
    while let Some(n) = at {
        let b = n.borrow();
        out.push(b.value.clone());
        at = b.up();
    }
    out.reverse();
    out
}
