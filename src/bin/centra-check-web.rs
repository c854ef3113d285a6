//! The browser app: mounts the Yew application on the page body.

fn main() {
    centra_check::web::start();
}
