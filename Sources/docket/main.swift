import ArgumentParser
import Docket

Docket.main()
