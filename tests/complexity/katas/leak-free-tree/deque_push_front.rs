// learner: optimal
// idiom: intermediate: RefCell borrow helpers, path built with VecDeque::push_front (O(1)) then Vec::from, for-loop Drop
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    owner: Weak<RefCell<Node<T>>>,
    children: Vec<NodeRef<T>>,
}

impl<T> Node<T> {
    fn fresh(value: T, owner: Weak<RefCell<Node<T>>>) -> NodeRef<T> {
        Rc::new(RefCell::new(Node { value, owner, children: Vec::new() }))
    }
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut todo = std::mem::replace(&mut self.children, Vec::new());
        while !todo.is_empty() {
            let last = todo.pop().unwrap();
            if Rc::strong_count(&last) == 1 {
                let inner = Rc::try_unwrap(last).ok().unwrap().into_inner();
                let mut inner = inner;
                for grandchild in std::mem::take(&mut inner.children) {
                    todo.push(grandchild);
                }
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Node::fresh(value, Weak::new())
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let node = Node::fresh(value, Rc::downgrade(parent));
    parent.borrow_mut().children.push(node.clone());
    node
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    let n = node.borrow();
    n.owner.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let n = node.borrow();
    let mut v = Vec::with_capacity(n.children.len());
    for c in &n.children {
        v.push(Rc::clone(c));
    }
    v
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path: VecDeque<T> = VecDeque::new();
    let mut here = Some(node.clone());
    while let Some(n) = here {
        path.push_front(n.borrow().value.clone());
        here = parent(&n);
    }
    Vec::from(path)
}
